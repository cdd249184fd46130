import { formatEnergy, TREND_LABELS } from '../../domain/prep/energy-trend';
import {
  CRAFTING_LABELS,
  CRAFTING_TYPES,
  FINDING_LABELS,
  type TalentMap as TalentMapData,
} from '../../domain/prep/types';
import { EnergySparkline } from './EnergySparkline';

/**
 * Per area: own and others' evidence, energy and its monthly trend, what the work felt like, the
 * self-vs-others verdict; then job-crafting suggestions drawn from the same numbers.
 */
export function TalentMap({ map }: { map: TalentMapData }) {
  return (
    <section class="prep-section talent-map" aria-labelledby="talent-map-heading">
      <h2 id="talent-map-heading">Talent map</h2>
      {map.areas.length === 0 ? (
        <p class="muted">
          Nothing in this period has an area yet. Give entries an area (Writing code, Teaching…) to see the map.
        </p>
      ) : (
        <div class="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">Area</th>
                <th scope="col">Own word</th>
                <th scope="col">Others</th>
                <th scope="col">Energy</th>
                <th scope="col">Trend</th>
                <th scope="col">Felt as</th>
                <th scope="col">Self vs others</th>
              </tr>
            </thead>
            <tbody>
              {map.areas.map((area) => (
                <tr key={area.area}>
                  <th scope="row">{area.name}</th>
                  <td class="number">{area.selfCount}</td>
                  <td class="number">{area.othersCount}</td>
                  <td class="number">{area.energy.average === null ? '–' : formatEnergy(area.energy.average)}</td>
                  <td>
                    <EnergySparkline months={area.energy.months} area={area.name} />{' '}
                    <span class="trend">{area.energy.trend === 'unknown' ? '' : TREND_LABELS[area.energy.trend]}</span>
                  </td>
                  <td>
                    {(['calling', 'career', 'job'] as const)
                      .filter((m) => area.meaning[m] > 0)
                      .map((m) => `${m} ${area.meaning[m]}`)
                      .join(', ') || '–'}
                  </td>
                  <td>{area.findings.map((kind) => FINDING_LABELS[kind]).join(', ') || '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3>Job-crafting suggestions</h3>
      {map.suggestions.length === 0 ? (
        <p class="muted">Set the energy on what you log: suggestions come from what energizes and drains you.</p>
      ) : (
        CRAFTING_TYPES.map((type) => {
          const suggestions = map.suggestions.filter((s) => s.type === type);
          if (suggestions.length === 0) return null;
          return (
            <div key={type} class="crafting">
              <h4>{CRAFTING_LABELS[type]}</h4>
              <ul>
                {suggestions.map((s) => (
                  <li key={s.key}>{s.text}</li>
                ))}
              </ul>
            </div>
          );
        })
      )}
    </section>
  );
}
