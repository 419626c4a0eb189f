// A progress bar on stderr, shown only once a run has taken more than a second.
export function createProgressBar(label: string, stream: NodeJS.WriteStream = process.stderr) {
  const started = performance.now();
  let shown = false;
  let lastDrawn = -1;
  return {
    update(fraction: number) {
      if (performance.now() - started < 1000) return;
      const pct = Math.floor(fraction * 100);
      if (pct === lastDrawn) return;
      if (!stream.isTTY && pct % 25 !== 0) return;
      lastDrawn = pct;
      shown = true;
      const width = 30;
      const filled = Math.round((pct / 100) * width);
      const bar = `${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${pct}%`;
      stream.write(stream.isTTY ? `\r${bar}` : `${bar}\n`);
    },
    done() {
      if (shown && stream.isTTY) stream.write('\n');
    },
  };
}
