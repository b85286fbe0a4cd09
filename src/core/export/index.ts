export { renderSvg, type RenderSvgOptions } from './renderSvg';
export { SVG_THEMES, type SvgTheme } from './svgTheme';
export { renderMermaid, mermaidLabel, type RenderMermaidOptions } from './renderMermaid';
