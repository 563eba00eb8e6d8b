import { run } from './main.js'

await run()
// The run is over and reported: an upload abandoned at its deadline may still hold a socket open, and
// must not keep the job alive.
process.exit()
