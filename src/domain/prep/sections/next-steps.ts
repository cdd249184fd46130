/** Next steps that several sections ask for, worded once so "what to capture next" says them once. */
export const RECORD_ENERGY =
  'Set the energy (draining to energizing) on what you log for a few weeks; where your energy goes will show.';

export const ASK_FOR_FEEDBACK =
  'Send the feedback request below to three colleagues who have seen your work, and log their replies.';
