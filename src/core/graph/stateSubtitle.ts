import type { State } from '../model/types';

/**
 * The muted second line of a state card: the Action of a Task, the seconds of a Wait (`30s`, or
 * the `Seconds.$` expression), the ItemsPath of a Map, the Code of a Fail. Undefined otherwise.
 */
export function stateSubtitle(state: State): string | undefined {
  switch (state.Type) {
    case 'Task':
      return typeof state.Action === 'string' ? state.Action : undefined;
    case 'Wait':
      if (typeof state.Seconds === 'number') return `${state.Seconds}s`;
      return typeof state['Seconds.$'] === 'string' ? state['Seconds.$'] : undefined;
    case 'Map':
      return typeof state.ItemsPath === 'string' ? state.ItemsPath : undefined;
    case 'Fail':
      return typeof state.Code === 'string' ? state.Code : undefined;
    default:
      return undefined;
  }
}
