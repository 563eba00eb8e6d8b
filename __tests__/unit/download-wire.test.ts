import { describe, expect, it } from '@jest/globals'
import { TransientError } from '../../src/download/http.js'
import { threadScript } from '../../src/download/thread-script.js'
import { fromWire, toWire } from '../../src/download/wire.js'
import { ActionError } from '../../src/shared/errors.js'

describe('errors across the download worker', () => {
  it('keeps what the attempt loop tells apart: the end of a download, of an attempt, and its delay', () => {
    const action = fromWire(
      toWire(new ActionError('The video download URL redirected more than 5 times.'))
    )
    expect(action).toBeInstanceOf(ActionError)
    expect(action.message).toBe('The video download URL redirected more than 5 times.')

    const transient = fromWire(toWire(new TransientError('no data for 30 s', 1500)))
    expect(transient).toBeInstanceOf(TransientError)
    expect(transient).toMatchObject({ message: 'no data for 30 s', delayMs: 1500 })

    const other = fromWire(toWire(new Error('socket hang up')))
    expect(other).not.toBeInstanceOf(ActionError)
    expect(other).not.toBeInstanceOf(TransientError)
    expect(other.message).toBe('socket hang up')
    expect(fromWire(toWire('odd')).message).toBe('odd')
  })
})

describe('threadScript', () => {
  it('is beside the bundle or the tsc build, and the bundled one for the sources', () => {
    expect(threadScript('download-worker', 'file:///action/dist/index.js').href).toBe(
      'file:///action/dist/download-worker.js'
    )
    expect(
      threadScript('download-worker', 'file:///repo/.build/src/download/transfer.js').href
    ).toBe('file:///repo/.build/src/download/download-worker.js')
    expect(threadScript('download-worker', 'file:///repo/src/download/transfer.ts').href).toBe(
      'file:///repo/dist/download-worker.js'
    )
  })
})
