import { describe, expect, it } from '@jest/globals'
import { simulatedClock } from '../../../sim/clock.js'
import { RateGate } from '../../../src/aistudios/rate-gate.js'

const START = 1_700_000_000_000

describe('RateGate', () => {
  it('lets requests through at once until a pause, then holds every one of them until its end', async () => {
    const clock = simulatedClock(START)
    const gate = new RateGate(clock)
    const signal = new AbortController().signal
    await gate.pass(signal)
    expect(clock.now()).toBe(START)
    gate.pause(30_000)
    const passed: number[] = []
    await Promise.all([1, 2, 3].map(() => gate.pass(signal).then(() => passed.push(clock.now()))))
    expect(passed).toEqual([START + 30_000, START + 30_000, START + 30_000])
  })

  it('keeps the later of two pauses, and a waiter waits for a pause extended while it waits', async () => {
    const clock = simulatedClock(START)
    const gate = new RateGate(clock)
    const signal = new AbortController().signal
    gate.pause(20_000)
    gate.pause(5_000)
    const waiting = gate.pass(signal)
    await clock.sleep(10_000)
    gate.pause(40_000)
    await waiting
    expect(clock.now()).toBe(START + 50_000)
  })

  it('is aborted by the signal while it holds', async () => {
    const clock = simulatedClock(START)
    const gate = new RateGate(clock)
    gate.pause(60_000)
    const stopped = new Error('deadline')
    await expect(gate.pass(AbortSignal.abort(stopped))).rejects.toBe(stopped)
  })
})
