import { critiqueSentence, inFirstPerson, praiseSentence, winSentence } from '../../../src/domain/prep/voice';
import type { Feedback, Talent, Win } from '../../../src/domain/entry';

const win = (fields: Partial<Win>) => ({ kind: 'win', text: '', ...fields }) as Win;
const feedback = (fields: Partial<Feedback>) =>
  ({ kind: 'feedback', direction: 'received', text: '', ...fields }) as Feedback;

describe('sayable sentences', () => {
  it('puts a win in the first person, with its effect', () => {
    expect(inFirstPerson('Fixed the flaky integration suite.')).toBe('I fixed the flaky integration suite');
    expect(inFirstPerson('Led the billing migration')).toBe('I led the billing migration');
    expect(inFirstPerson('We shipped the new API')).toBe('We shipped the new API');
    expect(inFirstPerson('Migration of billing to the ledger')).toBe('Migration of billing to the ledger');
    expect(inFirstPerson('Hired Mei Lin; Published the post')).toBe('I hired Mei Lin; Published the post');
    expect(
      winSentence(
        win({
          text: 'Found the race condition in the payment retry',
          impact: 'Stopped double charges for 3% of customers',
          metric: '0 incidents since March',
        }),
      ),
    ).toBe(
      'I found the race condition in the payment retry, which stopped double charges for 3% of customers (0 incidents since March).',
    );
    expect(winSentence(win({ text: 'Led the billing migration', impact: 'Invoice failures dropped by 40%' }))).toBe(
      'I led the billing migration; the result: Invoice failures dropped by 40%.',
    );
    expect(winSentence(win({ text: 'Moved CI to containers', impact: 'CI builds twice as fast' }))).toBe(
      'I moved CI to containers; the result: CI builds twice as fast.',
    );
  });

  it('passes on praise with who said it', () => {
    expect(
      praiseSentence(feedback({ person: 'Priya', relationship: 'manager', text: 'Your write-ups set the standard' })),
    ).toBe('Priya, my manager, told me: “Your write-ups set the standard”');
    expect(praiseSentence(feedback({ person: 'Tom', relationship: 'report', text: 'Your 1:1s help' }))).toBe(
      'Tom, who reports to me, told me: “Your 1:1s help”',
    );
    expect(praiseSentence(feedback({ text: 'Calm in incidents' }))).toBe('Someone told me: “Calm in incidents”');
    expect(
      praiseSentence({ kind: 'talent', evidence: 'others', person: 'Dana', text: 'A natural teacher' } as Talent),
    ).toBe('Dana said I am good at this: “A natural teacher”');
  });

  it('says what a critique asked for, in its own words', () => {
    expect(
      critiqueSentence(
        feedback({
          person: 'Priya',
          relationship: 'manager',
          signal: 'start',
          text: 'Start delegating the incident debugging.',
        }),
      ),
    ).toBe('Priya, my manager, asked me to start delegating the incident debugging');
    expect(critiqueSentence(feedback({ person: 'Tom', signal: 'stop', text: 'You rewrite our PRs' }))).toBe(
      'Tom asked me to stop this: “You rewrite our PRs”',
    );
  });
});
