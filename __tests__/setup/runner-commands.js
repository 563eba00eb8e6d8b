// @ts-check
// The @actions/* libraries speak to the runner by writing workflow commands (`::warning::`, `::debug::`) to
// stdout. In a test worker there is no runner: the in-process harness captures them during a run, and this
// takes the rest (a library called directly by an integration test, or an abandoned request that fails after
// its run has returned) as a runner would, so that they never reach the test's output as commands.
const write = process.stdout.write.bind(process.stdout)

process.stdout.write = /** @type {typeof process.stdout.write} */ (
  (chunk, ...rest) => {
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')
    if (!text.startsWith('::')) return write(chunk, .../** @type {[]} */ (rest))
    const callback = rest.find(arg => typeof arg === 'function')
    callback?.()
    return true
  }
)
