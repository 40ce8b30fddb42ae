/** The page around the map: theme colours from `--vscode-*` variables only. */
export const PAGE_CSS = `
html, body { height: 100%; margin: 0; padding: 0; }
body { display: flex; flex-direction: column; color: var(--vscode-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); }
.toolbar { display: flex; flex-wrap: wrap; align-items: flex-end; gap: 8px; padding: 8px 12px; border-bottom: 1px solid var(--vscode-panel-border); }
.field { display: flex; flex-direction: column; gap: 2px; font-size: 11px; color: var(--vscode-descriptionForeground); }
.field vscode-dropdown { min-width: 200px; }
.banner { padding: 8px 12px; background: var(--vscode-inputValidation-errorBackground); border-bottom: 1px solid var(--vscode-inputValidation-errorBorder); }
.banner li { font-family: var(--vscode-editor-font-family); font-size: 12px; }
.empty { padding: 16px; color: var(--vscode-descriptionForeground); }
.viewport { flex: 1; overflow: auto; outline: none; }
/* The first map, drawn in the host's page before any script: fitted to the panel's width, under a
   toolbar's worth of space, until the script draws it at the fitting zoom. */
.toolbar.placeholder { min-height: 38px; }
.canvas.prepainted svg { max-width: 100%; height: auto; }
.canvas svg { display: block; }
[hidden] { display: none !important; }
.banner ul { margin: 4px 0; padding-left: 20px; }
.banner .line-link { color: var(--vscode-textLink-foreground); text-decoration: underline; cursor: pointer; }
.banner .line-link:focus { outline: 1px solid var(--vscode-focusBorder); }
.banner .invalid-journeys, .banner .journeys-with-errors { margin-top: 4px; }
/* High contrast: lanes are told apart by their borders and group names, not by a tinted fill
   that lowers the contrast of the muted text drawn on it below 4.5:1. */
.vscode-high-contrast .cxm-journey-map .lane-digital, .vscode-high-contrast-light .cxm-journey-map .lane-digital { fill: none; }
`;
