import type { QuickReply } from '@ecitizen/graph-emulator';
import type { CitizenAction } from './citizen-events.ts';

export type InputLine =
  | { kind: 'nothing' }
  | { kind: 'help' }
  | { kind: 'quit' }
  | { kind: 'unknown_command'; command: string }
  | { kind: 'send'; action: CitizenAction };

export const HELP_TEXT = [
  'Type a message and press Enter: the bot answers as it would on Messenger.',
  '  1, 2, …    tap that quick reply of the last answer',
  '  /start     tap Get Started (the first thing a new user does)',
  '  /sticker   send a thumbs-up sticker',
  '  /help      this list',
  '  /quit      leave (Ctrl-D and Ctrl-C too)',
].join('\n');

/**
 * What a typed line means. `choices` are the quick replies of the bot's last
 * message: a bare number taps one of them, as a thumb would on the phone.
 */
export function interpretLine(line: string, choices: readonly QuickReply[]): InputLine {
  const text = line.trim();
  if (text === '') return { kind: 'nothing' };
  if (/^\d+$/.test(text)) {
    const choice = choices[Number(text) - 1];
    if (choice) return { kind: 'send', action: { kind: 'quick_reply', title: choice.title, payload: choice.payload } };
  }
  if (!text.startsWith('/')) return { kind: 'send', action: { kind: 'text', text } };
  const command = text.split(/\s+/)[0]!.toLowerCase();
  switch (command) {
    case '/start':
      return { kind: 'send', action: { kind: 'postback', title: 'Get Started', payload: 'GET_STARTED' } };
    case '/sticker':
      return { kind: 'send', action: { kind: 'sticker' } };
    case '/help':
      return { kind: 'help' };
    case '/quit':
    case '/exit':
      return { kind: 'quit' };
    default:
      return { kind: 'unknown_command', command };
  }
}
