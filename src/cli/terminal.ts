import { reworded, terminalWords } from '../settings/words.js'
import type { Reporter } from '../shared/reporter.js'

/**
 * The CLI's reporter: lines on stderr (stdout carries the command's answer), and on a TTY a progress bar
 * for the render, then the download, in place of the progress lines.
 */
export async function terminalReporter(
  stream: NodeJS.WriteStream = process.stderr,
  verbose = false
): Promise<{
  reporter: Reporter
  stop(): void
}> {
  // The run's lines name settings as inputs of the step: here they name the flags and variables.
  const words = terminalWords()
  const write = (line: string): void => void stream.write(`${reworded(line, words)}\n`)
  // --verbose: every AI Studios exchange, as a user reporting an account that answers differently needs it.
  const extra: Pick<Reporter, 'debug' | 'notice'> = {
    notice: line => write(`notice: ${line}`),
    ...(verbose ? { debug: (line: string) => write(`debug: ${line}`) } : {})
  }
  if (!stream.isTTY) {
    const reporter: Reporter = {
      ...extra,
      log: write,
      warn: line => write(`warning: ${line}`),
      group: async (name, work) => {
        write(`== ${name}`)
        return work()
      }
    }
    return { reporter, stop: () => {} }
  }
  const { SingleBar, Presets } = (await import('cli-progress')).default
  let bar: InstanceType<typeof SingleBar> | undefined
  let step: string | undefined
  const stop = (): void => {
    bar?.stop()
    bar = undefined
    step = undefined
  }
  const reporter: Reporter = {
    ...extra,
    // While a bar runs, its own lines would only repeat it.
    log: line => void (bar ? undefined : write(line)),
    warn: line => write(`${bar ? '\n' : ''}warning: ${line}`),
    group: async (name, work) => {
      write(`== ${name}`)
      try {
        return await work()
      } finally {
        stop()
      }
    },
    progress: (next, done, total) => {
      if (step !== next) {
        stop()
        step = next
        const format =
          next === 'render'
            ? 'render   [{bar}] {percentage}%'
            : 'download [{bar}] {percentage}% {value}/{total} bytes'
        bar = new SingleBar({ format, stream, hideCursor: true }, Presets.shades_classic)
        bar.start(total ?? 0, 0)
      }
      if (total !== undefined) bar?.setTotal(total)
      bar?.update(Math.round(done))
    }
  }
  return { reporter, stop }
}
