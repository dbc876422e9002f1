import type { QuickReply } from '@ecitizen/graph-emulator';

const BOT = 'bot> ';

/** A bot message as the terminal shows it: its text, then its quick replies numbered for tapping. */
export function formatReply(message: { text: string; quickReplies?: QuickReply[] }): string[] {
  // Later lines of a multi-line message line up under the first.
  const lines = [BOT + message.text.split('\n').join(`\n${' '.repeat(BOT.length)}`)];
  const choices = message.quickReplies ?? [];
  if (choices.length > 0) lines.push(`  ${choices.map((choice, index) => `[${index + 1}] ${choice.title}`).join('  ')}`);
  return lines;
}
