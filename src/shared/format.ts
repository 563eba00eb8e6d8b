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
