// Ingest progress for the CLI: a cli-progress bar when stdout is a terminal,
// a plain line every 10% otherwise; nothing for short ingests.
import { Presets, SingleBar } from 'cli-progress';

/** Articles to extract before progress is shown at all. */
const LONG_INGEST = 200;

/** Progress reporter: a bar on a TTY, a line every 10% otherwise; silent for short runs. */
export function progressReporter(
  tty: boolean,
  write: (line: string) => void = (l) => console.log(l),
  stream: NodeJS.WriteStream = process.stdout,
) {
  let bar: SingleBar | undefined;
  let lastTenth = 0;
  return {
    update(done: number, total: number) {
      if (total < LONG_INGEST) return;
      if (tty) {
        if (!bar) {
          bar = new SingleBar(
            { format: 'extracting [{bar}] {value}/{total} articles, {eta_formatted} left', hideCursor: true, stream },
            Presets.shades_classic,
          );
          bar.start(total, 0);
        }
        bar.update(done);
        return;
      }
      const tenth = Math.floor((done / total) * 10);
      if (tenth > lastTenth || done === total) {
        lastTenth = tenth;
        write(`extracted ${done}/${total} articles`);
      }
    },
    stop() {
      bar?.stop();
    },
  };
}
