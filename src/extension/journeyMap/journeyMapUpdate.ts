/**
 * The `update` message for a document, from the view the analysis worker computed
 * (`journeyMap/view`): the host only tags it with the document and its version.
 */
import type { JourneyMapView } from '../../core';
import type { UpdateMessage } from '../../protocol/journeyMapProtocol';

export function journeyMapUpdate(uri: string, version: number, view: JourneyMapView): UpdateMessage {
  // The spans stay on the host (cursor sync, reveal): the webview never needs them.
  const { spans: _spans, ...shown } = view;
  return { type: 'update', uri, version, ...shown };
}
