// @ts-check
// The action's main job end to end on this machine, with no account: the bundled dist/index.js renders the
// simulator's sample project edited by examples/product-tour.yaml, downloads and verifies the MP4.
import path from 'node:path'
import { SAMPLE_PROJECT_ID, startAiStudiosSim } from '../sim/aistudios/server.js'
import { ROOT, runAction } from '../sim/runner.js'

const sim = await startAiStudiosSim({ renderMs: 4000 })
console.log(`AI Studios simulator at ${sim.apiUrl} (downloads from ${sim.downloadOrigin})\n`)
try {
  const result = await runAction({
    workspace: ROOT,
    inputs: {
      'project-id': SAMPLE_PROJECT_ID,
      patch: 'examples/product-tour.yaml',
      vars: 'version: 2.0.0',
      'api-url': sim.apiUrl,
      'app-id': 'sim-app',
      'user-key': 'sim-user-key',
      'output-path': '.demo/product-tour.mp4',
      upload: 'none'
    },
    onOutput: chunk => process.stdout.write(chunk)
  })
  console.log('\nOutputs:')
  for (const [name, value] of Object.entries(result.outputs)) {
    console.log(`  ${name}: ${value.length > 120 ? value.slice(0, 117) + '...' : value}`)
  }
  if (result.code === 0) {
    console.log(`\nThe video: ${path.join(ROOT, result.outputs['video-path'])}`)
  }
  process.exitCode = result.code ?? 1
} finally {
  await sim.close()
}
