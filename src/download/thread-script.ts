/**
 * The script of one of the download's threads (`download-worker`, `download-hasher`). Beside the bundle
 * (dist/) and beside this module in a tsc build, it is `<name>.js`; the sources (under Jest) cannot run on a
 * thread of their own, so they use the bundled one, which Jest's global setup rebuilds whenever it is not the
 * build of the current sources.
 */
export function threadScript(
  name: 'download-worker' | 'download-hasher',
  here: string = import.meta.url
): URL {
  return here.endsWith('.ts')
    ? new URL(`../../dist/${name}.js`, here)
    : new URL(`./${name}.js`, here)
}
