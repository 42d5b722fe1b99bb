/** What the debrief screen loads when a stage first ends: one chunk, kept off the title screen. */
export { renderCharts, renderDebrief } from './debriefPanel';
export { attributeOffThread } from './attributionClient';
export { renderWhy } from './whyPanel';
export { whyView } from '../../present/views/why';
