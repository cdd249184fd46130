import { feedbackRequestMessage, parseFeedbackReply } from '../../../src/domain/prep/feedback-kit';

describe('feedbackRequestMessage', () => {
  it('asks what I do well, and what to start, keep and stop', () => {
    const message = feedbackRequestMessage(' Ana ');
    expect(message.startsWith('Hi Ana,\n')).toBe(true);
    for (const question of ['What do I do well?', 'Start:', 'Keep:', 'Stop:']) expect(message).toContain(question);
    expect(feedbackRequestMessage()).toMatch(/^Hi,\n/);
  });
});

describe('parseFeedbackReply', () => {
  it('reads one entry per marked line', () => {
    expect(parseFeedbackReply('Start: writing RFCs first\nkeep - the design reviews\nSTOP: Friday deploys')).toEqual([
      { signal: 'start', text: 'Writing RFCs first' },
      { signal: 'keep', text: 'The design reviews' },
      { signal: 'stop', text: 'Friday deploys' },
    ]);
  });

  it('reads lists under a bare marker, and files "what you do well" as keep', () => {
    const reply = [
      'Hi! Happy to help.',
      '',
      'What do I do well? You explain hard things simply.',
      '',
      'Start:',
      '- asking for help earlier',
      '* sharing the roadmap',
      'Thanks, Ana',
      '',
      'Stop doing:',
      '1. interrupting in standups',
    ].join('\n');
    expect(parseFeedbackReply(reply)).toEqual([
      { signal: 'keep', text: 'You explain hard things simply.' },
      { signal: 'start', text: 'Asking for help earlier' },
      { signal: 'start', text: 'Sharing the roadmap' },
      { signal: 'stop', text: 'Interrupting in standups' },
    ]);
  });

  it('takes "Keep doing X" without punctuation, but not "Keep in mind" or "Start-up"', () => {
    expect(
      parseFeedbackReply('Keep doing the pairing sessions\nKeep in mind I only saw Q2\nStart-up mode is over'),
    ).toEqual([{ signal: 'keep', text: 'The pairing sessions' }]);
  });

  it('ignores quoted lines and our own questions pasted back', () => {
    const reply =
      '> Start: what should I start doing?\nStart: what should I start doing?\n3. Keep: what should I keep doing?\nKeep: the demos';
    expect(parseFeedbackReply(reply)).toEqual([{ signal: 'keep', text: 'The demos' }]);
  });

  it('finds nothing in a reply without markers', () => {
    expect(parseFeedbackReply('Sorry, no time this week!\nCheers')).toEqual([]);
  });
});
