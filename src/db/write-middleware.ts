import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, Middleware } from 'dexie';

type Mutate = (request: DBCoreMutateRequest) => Promise<DBCoreMutateResponse>;

/** A DBCore middleware that sees every write (`mutate`) to every table, and passes it on with `down`. */
export function writeMiddleware(
  name: string,
  onWrite: (request: DBCoreMutateRequest, down: Mutate) => Promise<DBCoreMutateResponse>,
): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name,
    create(core) {
      return {
        ...core,
        table(tableName) {
          const table = core.table(tableName);
          return { ...table, mutate: (request) => onWrite(request, (next) => table.mutate(next)) };
        },
      };
    },
  };
}
