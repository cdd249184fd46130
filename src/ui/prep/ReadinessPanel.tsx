import { READINESS_LABELS } from '../../domain/prep/readiness';
import { type CaptureSuggestion, REASON_STATUS_LABELS, type Readiness } from '../../domain/prep/types';

/** The verdict, each reason behind it (marked in words, not only colour), and what to log next. */
export function ReadinessPanel({
  readiness,
  captureNext,
}: {
  readiness: Readiness;
  captureNext: readonly CaptureSuggestion[];
}) {
  return (
    <section class="readiness" aria-labelledby="readiness-heading">
      <h2 id="readiness-heading">
        Readiness: <span class={`level level-${readiness.level}`}>{READINESS_LABELS[readiness.level]}</span>
      </h2>
      <p>{readiness.summary}</p>
      <ul class="reasons">
        {readiness.reasons.map((reason) => (
          <li key={reason.key} class={`reason reason-${reason.status}`}>
            <span class="reason-status">{REASON_STATUS_LABELS[reason.status]}</span> {reason.text}
          </li>
        ))}
      </ul>
      {captureNext.length > 0 && (
        <>
          <h3>What to capture next</h3>
          <ol class="capture-next">
            {captureNext.map((next) => (
              <li key={next.key}>{next.text}</li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
