// @ts-check
// Starts the AI Studios simulator and keeps it up: prints its API URL on the first line, so a script or a
// workflow step can point the action at it (`api-url`), with `api-key: sim-api-key`. Stop it with Ctrl-C.
import { SAMPLE_PROJECT_ID, startAiStudiosSim } from '../sim/aistudios/server.js'

const sim = await startAiStudiosSim({ renderMs: Number(process.env.SIM_RENDER_MS ?? 3000) })
console.log(sim.apiUrl)
console.error(`AI Studios simulator: sample project ${SAMPLE_PROJECT_ID}, api-key sim-api-key`)
const stop = () => sim.close().then(() => process.exit(0))
process.once('SIGINT', stop)
process.once('SIGTERM', stop)
