import { escapeHtml } from './html.ts';

export interface Series {
  name: string;
  colour: string;
  values: number[];
}

/**
 * A bar chart of daily figures as inline SVG: drawn on the server, so the page
 * needs no script, no chart library and no network.
 */
export function dayChart(days: string[], series: Series[], width = 760, height = 220): string {
  const top = 16;
  const bottom = 28;
  const left = 36;
  const plotHeight = height - top - bottom;
  const max = Math.max(1, ...series.flatMap((line) => line.values));
  const slot = (width - left) / Math.max(1, days.length);
  const bar = Math.max(1, (slot - 2) / series.length);
  const bars = series.flatMap((line, s) =>
    line.values.map((value, d) => {
      const h = (value / max) * plotHeight;
      const x = left + d * slot + 1 + s * bar;
      return `<rect x="${x.toFixed(1)}" y="${(top + plotHeight - h).toFixed(1)}" width="${bar.toFixed(1)}" height="${h.toFixed(1)}" fill="${line.colour}"><title>${escapeHtml(`${days[d]}: ${value} ${line.name}`)}</title></rect>`;
    }),
  );
  const labels = days
    .map((day, d) => (d % Math.ceil(days.length / 8) === 0 ? `<text x="${(left + d * slot).toFixed(1)}" y="${height - 8}" font-size="10">${day.slice(5)}</text>` : ''))
    .join('');
  const legend = series.map((line, s) => `<rect x="${left + s * 130}" y="0" width="10" height="10" fill="${line.colour}"/><text x="${left + 14 + s * 130}" y="9" font-size="11">${escapeHtml(line.name)}</text>`).join('');
  return `<svg role="img" aria-label="${escapeHtml(series.map((line) => line.name).join(' and '))} per day" viewBox="0 0 ${width} ${height}" width="100%">
  ${legend}
  <line x1="${left}" y1="${top + plotHeight}" x2="${width}" y2="${top + plotHeight}" stroke="#999"/>
  <text x="0" y="${top + 8}" font-size="10">${max}</text><text x="0" y="${top + plotHeight}" font-size="10">0</text>
  ${bars.join('')}
  ${labels}
</svg>`;
}
