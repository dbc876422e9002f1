import type { EvalReport, EvalScores } from './evaluate.ts';

/**
 * A plain-text table of the scores (overall and per language) followed by the
 * misses. "answered" is what citizens get: confident and right; "wrong" is
 * confident and wrong; "offered" is unsure, with the right service among the
 * choices the bot offers.
 */
export function formatReport(report: EvalReport): string {
  const rows: string[][] = [['set', 'questions', 'hit@1', 'hit@3', 'answered', 'wrong', 'offered']];
  const row = (name: string, scores: EvalScores): string[] => [
    name,
    String(scores.total),
    percent(scores.hit1),
    percent(scores.hit3),
    percent(scores.answered),
    percent(scores.wrong),
    percent(scores.offered),
  ];
  rows.push(row('all', report));
  for (const [language, scores] of Object.entries(report.byLanguage)) rows.push(row(language, scores));

  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((cells) => cells[column]!.length)));
  const format = (cells: string[]): string => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  const lines = [format(rows[0]!), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.slice(1).map(format)];

  lines.push('', report.misses.length === 0 ? 'No misses.' : `Misses (${report.misses.length}):`);
  for (const miss of report.misses) {
    lines.push(`- [${miss.lang}] ${miss.question}`, `    expected: ${miss.expect.join(', ')}`);
    if (miss.got.length === 0) lines.push('    got: nothing');
    miss.got.forEach((got, i) => lines.push(`    ${i + 1}. ${got.externalId}  ${got.title}`));
  }
  return lines.join('\n');
}

function percent(fraction: number): string {
  return `${(fraction * 100).toFixed(1)}%`;
}
