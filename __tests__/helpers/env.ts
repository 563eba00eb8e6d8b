/**
 * Makes process.env exactly `env` (the artifact and cache clients read it directly), and returns the
 * function that puts the original back.
 */
export function useEnv(env: Record<string, string>): () => void {
  const saved = { ...process.env }
  const replace = (next: NodeJS.ProcessEnv): void => {
    for (const name of Object.keys(process.env)) delete process.env[name]
    Object.assign(process.env, next)
  }
  replace(env)
  return () => replace(saved)
}
