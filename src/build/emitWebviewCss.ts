// Writes dist/webview/map.css: the journey map's page and map styles, from the same constants the
// webview and the exports use, as a file the webview's CSP allows (style-src cspSource) and that
// styles the first map the host draws in the page before any script runs.
import { writeFileSync } from 'node:fs';
import { JOURNEY_MAP_CSS } from '../core/journey/journeyMapStyle';
import { PAGE_CSS } from '../../webview/pageStyle';

writeFileSync(process.argv[2]!, PAGE_CSS + JOURNEY_MAP_CSS);
