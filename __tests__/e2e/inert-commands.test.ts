// Text from a patch or from AI Studios printed by the bundled action, spawned as a runner does: no line of
// its output is a workflow command the action did not mean to write.
import { afterEach, expect, it } from '@jest/globals'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { SAMPLE_PROJECT_ID, startAiStudiosSim } from '../../sim/aistudios/server.js'
import { newWorkspace, runAction } from './harness.js'

let sim: Awaited<ReturnType<typeof startAiStudiosSim>> | undefined
afterEach(async () => {
  await sim?.close()
  sim = undefined
})

/**
 * The workflow commands in a step's output as the runner finds them: `::name` first in a line after its
 * blanks, or the older `##[name` anywhere in it. The runner splits lines at CR and LF.
 */
function commands(stdout: string): { name: string; data: string }[] {
  return stdout.split(/\r\n|\r|\n/).flatMap(line => {
    const v2 = /^\s*::([^\s:]+)[^:]*::(.*)$/.exec(line)
    if (v2) return [{ name: v2[1], data: v2[2] }]
    const v1 = /##\[([^\s\]]+)[^\]]*\](.*)$/.exec(line)
    return v1 ? [{ name: `##${v1[1]}`, data: v1[2] }] : []
  })
}

const INJECTED = ['##[warning]x', '##[error]y', '##[set-output name=a;]b', '::error::z']

it('a script and an AI Studios message carrying workflow commands run none of them', async () => {
  // The checker finds each of them in plain output.
  expect(commands(INJECTED.join('\n')).map(command => command.name)).toEqual([
    '##warning',
    '##error',
    '##set-output',
    'error'
  ])
  sim = await startAiStudiosSim({ renderMs: 300 })
  sim.failRender(undefined, { msg: `render stopped ${INJECTED.join(' ')}\n::warning::api` })
  const workspace = await newWorkspace()
  await writeFile(
    path.join(workspace, 'edit.yaml'),
    `scenes:\n  - scene: 0\n    script: |\n${INJECTED.map(line => `      ${line}\n`).join('')}`
  )
  const result = await runAction({
    workspace,
    inputs: {
      'project-id': SAMPLE_PROJECT_ID,
      'api-key': 'sim-api-key',
      'api-url': sim.apiUrl,
      patch: 'edit.yaml',
      upload: 'none',
      cache: 'false'
    }
  })
  expect(result.code).toBe(1)
  // The injected text reached the output: the plan and the failure print it.
  expect(result.stdout).toContain('set-output name=a;]b')
  expect(result.stdout).toContain('render stopped')
  const found = commands(result.stdout)
  expect(found.filter(command => command.name.startsWith('##'))).toEqual([])
  expect(found.map(command => command.data)).not.toContainEqual(expect.stringMatching(/^[xyzb]$/))
  // The one error annotation is the action's own, about the failed render.
  expect(found.filter(command => command.name === 'error')).toEqual([
    { name: 'error', data: expect.stringContaining('render stopped') }
  ])
  expect(found.filter(command => command.name === 'warning')).toEqual([])
  expect(result.outputs.a).toBeUndefined()
})
