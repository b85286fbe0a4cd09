import type { StateType } from '../model/types';

/** Colours of the exported SVG: the same values as the app's CSS variables (ui/styles/theme.css). */
export interface SvgTheme {
  background: string;
  surface: string;
  border: string;
  text: string;
  textMuted: string;
  edge: string;
  catchEdge: string;
  containerFill: string;
  containerStroke: string;
  laneStroke: string;
  kinds: Record<StateType, string>;
}

export const SVG_THEMES: Record<'light' | 'dark', SvgTheme> = {
  light: {
    background: '#fafbfc',
    surface: '#ffffff',
    border: '#d5d9e0',
    text: '#1b2030',
    textMuted: '#566071',
    edge: '#7b8594',
    catchEdge: '#c62828',
    containerFill: '#f7f3fe',
    containerStroke: '#bea3f5',
    laneStroke: '#d9cbf8',
    kinds: {
      Task: '#2563eb',
      Pass: '#6b7585',
      Wait: '#0d9488',
      Choice: '#c27c00',
      Parallel: '#7c3aed',
      Map: '#7c3aed',
      Succeed: '#2e8b47',
      Fail: '#d32f2f',
    },
  },
  dark: {
    background: '#17191e',
    surface: '#1c1f25',
    border: '#343a44',
    text: '#e5e8ed',
    textMuted: '#a3acb9',
    edge: '#8a94a3',
    catchEdge: '#ff6b6b',
    containerFill: '#1f1d2b',
    containerStroke: '#6b5a9c',
    laneStroke: '#463d63',
    kinds: {
      Task: '#5b9bff',
      Pass: '#98a2b3',
      Wait: '#2dd4bf',
      Choice: '#f0b03f',
      Parallel: '#a78bfa',
      Map: '#a78bfa',
      Succeed: '#5cc97a',
      Fail: '#ff6b6b',
    },
  },
};
