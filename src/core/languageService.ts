/**
 * The language service's facade: one entry per feature, each taking the parsed document. It binds
 * the feature modules and holds no logic; hosts (the VS Code worker, `cxm lsp`) call only this.
 */
export { parseEngagementDocument, type EngagementDocument } from './document/engagementDocument';
export { analyseDocument } from './analysis/analyseEngagement';
export { completion } from './language/completion';
export { hover } from './language/hover';
export { definition } from './language/definition';
export { references } from './language/references';
export { prepareRename, rename } from './language/rename';
export { documentSymbols } from './language/documentSymbols';
export { workspaceSymbols, type WorkspaceSymbolEntry } from './language/workspaceSymbols';
export { codeActions } from './language/codeActions';
export { codeLenses } from './language/codeLens';
export type * from './language/languageTypes';
