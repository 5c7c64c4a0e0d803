// The engine event a page's message stands for, stamped with the time it arrived. A refresh needs
// the idle state and the windows too, so start-background.ts makes that one itself.
import type { EngineEvent } from '../../core/engine-types';
import type { DataRequest, Message } from '../../messages';

export type CommandMessage = Exclude<Message, DataRequest | { type: 'refresh' }>;

export function eventOf(message: CommandMessage, at: number): EngineEvent {
  switch (message.type) {
    case 'pause':
      return { type: 'pause', at, kind: message.kind };
    case 'standing':
      return { type: 'standing', at, on: message.on };
    case 'routineOffered':
      return {
        type: 'routineOffered',
        at,
        promptId: message.promptId,
        stretches: message.stretches,
      };
    case 'routineStarted':
    case 'tookBreak':
    case 'snooze':
    case 'skip':
      return { type: message.type, at, promptId: message.promptId };
    case 'routineProgress':
      return {
        type: 'routineProgress',
        at,
        promptId: message.promptId,
        progress: { completed: message.completed, of: message.of },
      };
    case 'routineFinished':
      return {
        type: 'routineFinished',
        at,
        promptId: message.promptId,
        outcome: message.outcome,
        completed: message.completed,
        painStretch: message.painStretch,
      };
    case 'resume':
      return { type: 'resume', at };
    case 'painCheck':
      return { type: 'painCheck', at, score: message.score };
  }
}
