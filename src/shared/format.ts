/** For log lines and messages: "300.0 KiB", "2.1 GiB". */
export function formatBytes(bytes: number): string {
  const units = ['KiB', 'MiB', 'GiB']
  let value = bytes
  let unit = -1
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return unit < 0 ? `${bytes} bytes` : `${value.toFixed(1)} ${units[unit]}`
}

/** For a size beside a limit: whole units where they are exact ("1 MiB", "2.5 MiB"), KiB rounded up. */
export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024)} KiB`
  const mib = bytes / 1024 / 1024
  return `${Number.isInteger(mib) ? mib : mib.toFixed(1)} MiB`
}
