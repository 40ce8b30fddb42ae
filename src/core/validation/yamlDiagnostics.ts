/** Words the YAML reader's problems as diagnostics. */
import { messages } from '../i18n/validationMessages';
import { DIMENSIONS } from '../model/vocabulary';
import { MAX_ALIAS_NODES, MAX_COLLECTION_ITEMS, MAX_DEPTH, MAX_NODES, type YamlProblem } from '../yaml/readYaml';
import { once, type DiagnosticSink } from './diagnosticSink';
import { didYouMean, fixTo } from './didYouMean';

export function reportYamlProblems(problems: readonly YamlProblem[], sink: DiagnosticSink): void {
  for (const problem of problems) {
    const range = { start: problem.start, end: problem.end };
    const path = problem.path ?? '';
    switch (problem.kind) {
      case 'syntax':
        sink.at('yaml-syntax', '', range, messages.yamlSyntax, { detail: problem.detail });
        break;
      case 'too-large':
        sink.at('file-too-large', '', range, messages.tooLarge, {});
        break;
      case 'too-deep':
        sink.at('yaml-limit', '', range, messages.tooDeep, { max: MAX_DEPTH });
        break;
      case 'too-many-nodes':
        sink.at('yaml-limit', '', range, messages.tooManyNodes, { max: MAX_NODES });
        break;
      case 'too-many-items':
        sink.at('yaml-limit', '', range, messages.tooManyItems, { max: MAX_COLLECTION_ITEMS });
        break;
      case 'control-character':
        sink.at('yaml-syntax', '', range, messages.controlCharacter, { code: problem.code });
        break;
      case 'replacement-character':
        sink.at('file-encoding', '', range, messages.replacementCharacter, {});
        break;
      case 'alias-limit':
        sink.at('yaml-limit', '', range, messages.aliasLimit, { max: MAX_ALIAS_NODES });
        break;
      case 'alias-unknown':
        sink.at('yaml-syntax', '', range, messages.aliasUnknown, { name: problem.name });
        break;
      case 'directive':
        sink.at('yaml-unsupported', '', range, messages.directive, {});
        break;
      case 'second-document':
        sink.at('yaml-unsupported', '', range, messages.secondDocument, {});
        break;
      case 'merge-key':
        sink.at('yaml-unsupported', path, range, messages.mergeKey, {});
        break;
      case 'custom-tag':
        sink.at('yaml-unsupported', '', range, messages.customTag, { tag: problem.tag });
        break;
      case 'complex-key':
        sink.at('yaml-unsupported', '', range, messages.complexKey, {});
        break;
      case 'alias-key':
        sink.at('yaml-unsupported', '', range, messages.aliasKey, { name: problem.name });
        break;
      case 'duplicate-key':
        sink.at('duplicate-key', path, range, messages.duplicateKey, { key: problem.key });
        break;
      case 'reserved-key':
        sink.at('reserved-key', path, range, messages.reservedKey, { key: problem.key });
        break;
      case 'unknown-key': {
        const suggestion = once(() => didYouMean(problem.key, problem.known));
        const fix = () => fixTo(suggestion());
        if (problem.dimension) {
          const params = () => ({ key: problem.key, suggestion: suggestion(), known: DIMENSIONS.join(', ') });
          sink.at('unknown-dimension', path, range, messages.unknownDimension, params, fix);
        } else {
          sink.at('unknown-key', path, range, messages.unknownKey, () => ({ key: problem.key, suggestion: suggestion() }), fix);
        }
        break;
      }
    }
  }
}
