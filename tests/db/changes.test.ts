import { onLocalWrite } from '../../src/db/changes';
import { LatitudeDb } from '../../src/db/database';
import { isolatedIdb } from '../fixtures/db/isolated';
import { makeEntry, testId } from '../fixtures/log-entries';

describe('onLocalWrite', () => {
  it('tells of every committed write made through this connection, once per transaction, and not of others', async () => {
    const idb = isolatedIdb();
    const here = new LatitudeDb('latitude', idb);
    const elsewhere = new LatitudeDb('latitude', idb);
    const heard: string[] = [];
    const stop = onLocalWrite(here, () => heard.push('write'));

    await here.transaction('rw', here.entries, async () => {
      await here.entries.put(makeEntry({ id: testId(1) }));
      await here.entries.put(makeEntry({ id: testId(2) }));
    });
    expect(heard).toEqual(['write']);
    await here.entries.get(testId(1));
    await elsewhere.entries.put(makeEntry({ id: testId(3) }));
    expect(heard).toEqual(['write']);
    await here.entries.delete(testId(2));
    expect(heard).toEqual(['write', 'write']);

    stop();
    await here.entries.put(makeEntry({ id: testId(4) }));
    expect(heard).toEqual(['write', 'write']);
    here.close();
    elsewhere.close();
  });
});
