import type { StatePath } from '../model/statePath';
import type { JsonObject } from '../model/types';
import { ERR, SimError } from './errors';
import type { SimEvent, SimEventType } from './types';

const TERMINAL = new Set<SimEventType>([
  'ExecutionSucceeded',
  'ExecutionFailed',
  'ExecutionTimedOut',
  'ExecutionStopped',
]);

/**
 * The history of one execution (the run, or a distributed-Map child execution). Ids increase
 * from 1. The log holds at most `max` events, the service's 5,000 by default: the event that
 * would take the last slot but one raises a fatal `FnF.EventLimitExceeded`, so that the closing
 * `ExecutionFailed` still fits.
 */
export class EventLog {
  readonly events: SimEvent[] = [];

  constructor(private readonly max: number) {}

  emit(
    type: SimEventType,
    state: StatePath,
    time: number,
    detail: JsonObject,
    scheduleId?: number,
    index?: number,
  ): number {
    if (!TERMINAL.has(type) && this.events.length >= this.max - 1) {
      throw new SimError(
        ERR.eventLimit,
        `the execution reached the limit of ${this.max} history events (an endless loop?)`,
        true,
      );
    }
    const id = this.events.length + 1;
    const event: SimEvent = { id, type, state, detail, time };
    if (scheduleId !== undefined) event.scheduleId = scheduleId;
    if (index !== undefined) event.index = index;
    this.events.push(event);
    return id;
  }
}
