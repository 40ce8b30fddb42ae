/**
 * The map's stylesheet, shared by the webview (adopted as a constructed stylesheet, so the CSP needs
 * no inline style) and the exports (embedded). Colours come only from `--vscode-*` variables; the
 * fallbacks are a light print palette for the standalone exports. Every selector is scoped to
 * `.cxm-journey-map` so a page embedding several maps (the roadmap report) is not restyled.
 * The text holds no `<`, `>` or `&`, so it reads the same in XML and in HTML.
 */
export const JOURNEY_MAP_CSS = `
/* Text takes the colours themes design for text (list.errorForeground rather than errorForeground,
   3.2:1 on Light Modern's widgets; the editor foreground inside coloured rings and badges), so
   every text keeps 4.5:1 in light, dark and both high-contrast themes (checked by the e2e suite). */
.cxm-journey-map { font-family: var(--vscode-font-family, "Segoe UI", "Helvetica Neue", Arial, sans-serif); font-size: 12px; }
.cxm-journey-map .bg { fill: var(--vscode-editor-background, #ffffff); }
.cxm-journey-map text { fill: var(--vscode-editor-foreground, #1f1f1f); }
.cxm-journey-map .title { font-size: 18px; font-weight: 600; }
.cxm-journey-map .muted { fill: var(--vscode-descriptionForeground, #5f6368); }
.cxm-journey-map .small { font-size: 10px; }
.cxm-journey-map .stage-band { fill: var(--vscode-editorWidget-background, #f1f3f4); stroke: var(--vscode-panel-border, #c4c7c5); }
.cxm-journey-map .stage-name { font-weight: 600; }
.cxm-journey-map .stage-separator { stroke: var(--vscode-panel-border, #c4c7c5); stroke-dasharray: 4 4; }
.cxm-journey-map .lane { fill: none; stroke: var(--vscode-panel-border, #dadce0); }
.cxm-journey-map .lane-digital { fill: var(--vscode-editor-inactiveSelectionBackground, #eef3fb); fill-opacity: 0.5; }
.cxm-journey-map .group-name { font-weight: 600; text-transform: uppercase; letter-spacing: 0.05em; font-size: 10px; }
.cxm-journey-map .lane-name { font-weight: 600; }
.cxm-journey-map .card { cursor: pointer; outline: none; }
.cxm-journey-map .card-box { fill: var(--vscode-editorWidget-background, #ffffff); stroke: var(--vscode-editorWidget-border, #9aa0a6); stroke-width: 1; }
.cxm-journey-map .critical .card-box { stroke: var(--vscode-charts-orange, #c25e00); stroke-width: 2; }
.cxm-journey-map .no-person .card-box { stroke: var(--vscode-errorForeground, #c5221f); stroke-width: 3; }
.cxm-journey-map .selected .card-box { stroke: var(--vscode-focusBorder, #0b57d0); stroke-width: 3; }
.cxm-journey-map .card:focus .card-box { stroke: var(--vscode-focusBorder, #0b57d0); stroke-width: 3; stroke-dasharray: 6 2; }
.cxm-journey-map .badge { fill: var(--vscode-editorWidget-background, #ffffff); stroke: var(--vscode-charts-orange, #c25e00); stroke-width: 1.5; }
.cxm-journey-map .badge-text { fill: var(--vscode-editor-foreground, #1f1f1f); font-size: 10px; font-weight: 600; }
.cxm-journey-map .alert { fill: var(--vscode-list-errorForeground, var(--vscode-errorForeground, #b3261e)); font-weight: 600; font-size: 10px; }
.cxm-journey-map .pain { fill: var(--vscode-editor-foreground, #1f1f1f); font-style: italic; font-size: 11px; }
.cxm-journey-map .diag-error { fill: var(--vscode-list-errorForeground, var(--vscode-errorForeground, #b3261e)); font-size: 10px; }
.cxm-journey-map .diag-warning { fill: var(--vscode-editor-foreground, #1f1f1f); font-size: 10px; }
.cxm-journey-map .diag-info { fill: var(--vscode-editorInfo-foreground, #0b57d0); font-size: 10px; }
.cxm-journey-map .emotion-marker-text { fill: var(--vscode-editor-foreground, #1f1f1f); font-size: 10px; font-weight: 700; }
.cxm-journey-map .emotion-n2 { fill: var(--vscode-charts-red, #c5221f); }
.cxm-journey-map .emotion-n1 { fill: var(--vscode-charts-orange, #c25e00); }
.cxm-journey-map .emotion-0 { fill: var(--vscode-descriptionForeground, #5f6368); }
.cxm-journey-map .emotion-p1 { fill: var(--vscode-charts-green, #188038); fill-opacity: 0.75; }
.cxm-journey-map .emotion-p2 { fill: var(--vscode-charts-green, #188038); }
.cxm-journey-map .emotion-none { fill: none; stroke: var(--vscode-descriptionForeground, #5f6368); stroke-dasharray: 2 2; }
.cxm-journey-map .emotion-marker { fill: var(--vscode-editorWidget-background, #ffffff); fill-opacity: 1; stroke-width: 3; }
.cxm-journey-map .emotion-marker.emotion-n2 { stroke: var(--vscode-charts-red, #c5221f); }
.cxm-journey-map .emotion-marker.emotion-n1 { stroke: var(--vscode-charts-orange, #c25e00); }
.cxm-journey-map .emotion-marker.emotion-0 { stroke: var(--vscode-descriptionForeground, #5f6368); }
.cxm-journey-map .emotion-marker.emotion-p1, .cxm-journey-map .emotion-marker.emotion-p2 { stroke: var(--vscode-charts-green, #188038); }
.cxm-journey-map .emotion-marker.emotion-none { stroke-width: 1.5; }
.cxm-journey-map .connector { fill: none; stroke: var(--vscode-descriptionForeground, #5f6368); stroke-width: 1.5; }
.cxm-journey-map .connector-arrow { fill: var(--vscode-descriptionForeground, #5f6368); }
.cxm-journey-map .break .connector { stroke: var(--vscode-errorForeground, #c5221f); stroke-width: 2; stroke-dasharray: 5 3; }
.cxm-journey-map .break .connector-arrow { fill: var(--vscode-errorForeground, #c5221f); }
.cxm-journey-map .break-mark { stroke: var(--vscode-errorForeground, #c5221f); stroke-width: 2.5; }
.cxm-journey-map .curve-band { fill: var(--vscode-editorWidget-background, #f8f9fa); stroke: var(--vscode-panel-border, #dadce0); }
.cxm-journey-map .curve-axis { stroke: var(--vscode-panel-border, #c4c7c5); stroke-dasharray: 2 3; }
.cxm-journey-map .curve-line { fill: none; stroke: var(--vscode-charts-blue, #0b57d0); stroke-width: 2.5; stroke-linejoin: round; }
.cxm-journey-map .curve-line-compare { fill: none; stroke: var(--vscode-charts-purple, #8430ce); stroke-width: 2.5; stroke-dasharray: 7 4; stroke-linejoin: round; }
.cxm-journey-map .compare-dot { stroke: var(--vscode-charts-purple, #8430ce); stroke-width: 1; }
.hide-compare .cxm-journey-map .curve-compare, .hide-compare .cxm-journey-map .curve-legend { display: none; }
`;
