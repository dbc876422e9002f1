import { clearLine, cursorTo, type Interface } from 'node:readline';

export const PROMPT = 'you> ';

/**
 * The terminal's side of the conversation. Interactively, a reply that
 * arrives while the person is typing is printed above their half-typed line,
 * which is then redrawn. Piped, what was read is echoed so that the output
 * reads as a transcript.
 */
export class Transcript {
  private prompting = false;

  constructor(
    private readonly lines: Interface,
    private readonly output: NodeJS.WriteStream,
    readonly interactive: boolean,
  ) {
    lines.setPrompt(PROMPT);
  }

  /** Ready for the next line. */
  prompt(): void {
    if (!this.interactive) return;
    this.prompting = true;
    this.lines.prompt(true);
  }

  /** A line was read; interactively the terminal already shows it. */
  read(line: string): void {
    this.prompting = false;
    if (!this.interactive) this.output.write(`${PROMPT}${line}\n`);
  }

  /** Leaves the terminal on a fresh line (after Ctrl-D or Ctrl-C at the prompt). */
  end(): void {
    if (this.prompting) this.output.write('\n');
    this.prompting = false;
  }

  print(...texts: string[]): void {
    if (this.prompting) {
      clearLine(this.output, 0);
      cursorTo(this.output, 0);
    }
    for (const text of texts) this.output.write(`${text}\n`);
    if (this.prompting) this.lines.prompt(true);
  }
}
