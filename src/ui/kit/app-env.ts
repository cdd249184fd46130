/** The clock and id maker a view uses, passed in so tests can pin them. */
export interface AppClock {
  now: () => Date;
  newId: () => string;
}

export const systemClock: AppClock = {
  now: () => new Date(),
  newId: () => crypto.randomUUID(),
};
