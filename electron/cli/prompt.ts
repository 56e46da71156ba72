import readline from 'node:readline';

/** Asks one question and resolves with the line typed (null when the input has ended). */
export type Ask = (question: string, options?: { hidden?: boolean }) => Promise<string | null>;

export interface TerminalPrompt {
  ask: Ask;
  /** Lets the process end (an open terminal reader keeps it alive). */
  close(): void;
}

/**
 * Questions on the terminal, for secrets that must never be given on the command line (where
 * the shell's history and the process list would keep them). On a terminal, a hidden answer is
 * not echoed; from a pipe or a file, each question takes the next line.
 */
export function terminalPrompt(input: NodeJS.ReadStream = process.stdin, output = process.stderr): TerminalPrompt {
  const lines: string[] = [];
  const waiting: Array<(line: string | null) => void> = [];
  let ended = false;
  let muted = false;
  let reader: readline.Interface | null = null;

  function open(): readline.Interface {
    if (reader) return reader;
    reader = readline.createInterface({ input, output, terminal: input.isTTY === true });
    // readline echoes what is typed through this method: a hidden answer prints nothing.
    const echo = reader as unknown as { _writeToOutput(text: string): void };
    const write = echo._writeToOutput.bind(reader);
    echo._writeToOutput = (text) => {
      if (!muted) write(text);
    };
    reader.on('line', (line) => {
      const next = waiting.shift();
      if (next) next(line);
      else lines.push(line);
    });
    reader.on('close', () => {
      ended = true;
      for (const next of waiting.splice(0)) next(null);
    });
    return reader;
  }

  return {
    async ask(question, options = {}) {
      open();
      output.write(question);
      if (lines.length > 0) return lines.shift()!;
      if (ended) return null;
      muted = options.hidden === true && input.isTTY === true;
      try {
        return await new Promise<string | null>((resolve) => waiting.push(resolve));
      } finally {
        if (muted) output.write('\n');
        muted = false;
      }
    },
    close() {
      reader?.close();
    },
  };
}
