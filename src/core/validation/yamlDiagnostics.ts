/** Raises the YAML reader's problems as diagnostics, each by its rule's record (src/core/rules). */
import { DIMENSIONS } from '../model/vocabulary';
import { MAX_ALIAS_NODES, MAX_COLLECTION_ITEMS, MAX_DEPTH, MAX_MULTILINE_SPAN, MAX_NODES, type YamlProblem } from '../yaml/readYaml';
import { duplicateKey } from '../rules/reading/duplicateKey';
import { fileEncoding } from '../rules/file/fileEncoding';
import { fileTooLarge } from '../rules/file/fileTooLarge';
import { reservedKey } from '../rules/reading/reservedKey';
import { unknownDimension } from '../rules/reading/unknownDimension';
import { unknownKey } from '../rules/reading/unknownKey';
import { yamlLimit } from '../rules/reading/yamlLimit';
import { yamlSyntax } from '../rules/reading/yamlSyntax';
import { yamlUnsupported } from '../rules/reading/yamlUnsupported';
import { once, type DiagnosticSink } from './diagnosticSink';
import { didYouMean, fixTo } from './didYouMean';

export function reportYamlProblems(problems: readonly YamlProblem[], sink: DiagnosticSink): void {
  for (const problem of problems) {
    const range = { start: problem.start, end: problem.end };
    const path = problem.path ?? '';
    switch (problem.kind) {
      case 'syntax':
        sink.at(yamlSyntax.code, '', range, yamlSyntax.messages.yamlSyntax, { detail: problem.detail });
        break;
      case 'too-large':
        sink.at(fileTooLarge.code, '', range, fileTooLarge.messages.tooLarge, {});
        break;
      case 'too-deep':
        sink.at(yamlLimit.code, '', range, yamlLimit.messages.tooDeep, { max: MAX_DEPTH });
        break;
      case 'too-many-nodes':
        sink.at(yamlLimit.code, '', range, yamlLimit.messages.tooManyNodes, { max: MAX_NODES });
        break;
      case 'too-many-items':
        sink.at(yamlLimit.code, '', range, yamlLimit.messages.tooManyItems, { max: MAX_COLLECTION_ITEMS });
        break;
      case 'too-long-span':
        sink.at(yamlLimit.code, '', range, yamlLimit.messages.tooLongSpan, { megabytes: MAX_MULTILINE_SPAN / (1024 * 1024) });
        break;
      case 'control-character':
        sink.at(yamlSyntax.code, '', range, yamlSyntax.messages.controlCharacter, { code: problem.code });
        break;
      case 'replacement-character':
        sink.at(fileEncoding.code, '', range, fileEncoding.messages.replacementCharacter, {});
        break;
      case 'alias-limit':
        sink.at(yamlLimit.code, '', range, yamlLimit.messages.aliasLimit, { max: MAX_ALIAS_NODES });
        break;
      case 'alias-unknown':
        sink.at(yamlSyntax.code, '', range, yamlSyntax.messages.aliasUnknown, { name: problem.name });
        break;
      case 'directive':
        sink.at(yamlUnsupported.code, '', range, yamlUnsupported.messages.directive, {});
        break;
      case 'second-document':
        sink.at(yamlUnsupported.code, '', range, yamlUnsupported.messages.secondDocument, {});
        break;
      case 'merge-key':
        sink.at(yamlUnsupported.code, path, range, yamlUnsupported.messages.mergeKey, {});
        break;
      case 'custom-tag':
        sink.at(yamlUnsupported.code, '', range, yamlUnsupported.messages.customTag, { tag: problem.tag });
        break;
      case 'complex-key':
        sink.at(yamlUnsupported.code, '', range, yamlUnsupported.messages.complexKey, {});
        break;
      case 'alias-key':
        sink.at(yamlUnsupported.code, '', range, yamlUnsupported.messages.aliasKey, { name: problem.name });
        break;
      case 'duplicate-key':
        sink.at(duplicateKey.code, path, range, duplicateKey.messages.duplicateKey, { key: problem.key });
        break;
      case 'reserved-key':
        sink.at(reservedKey.code, path, range, reservedKey.messages.reservedKey, { key: problem.key });
        break;
      case 'unknown-key': {
        const suggestion = once(() => didYouMean(problem.key, problem.known));
        const fix = () => fixTo(suggestion());
        if (problem.dimension) {
          const params = () => ({ key: problem.key, suggestion: suggestion(), known: DIMENSIONS.join(', ') });
          sink.at(unknownDimension.code, path, range, unknownDimension.messages.unknownDimension, params, fix);
        } else {
          sink.at(unknownKey.code, path, range, unknownKey.messages.unknownKey, () => ({ key: problem.key, suggestion: suggestion() }), fix);
        }
        break;
      }
    }
  }
}
