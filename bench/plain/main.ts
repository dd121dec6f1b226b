// The comparison page: the same events handed to one plain vis-timeline, with
// none of Dateline's logic, so the bench can say what the app adds or saves.
import { DataSet } from 'vis-data/peer';
import { Timeline, type DataItem } from 'vis-timeline/peer';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';

interface PlainData {
  window: { start: number; end: number };
  items: DataItem[];
}

const data = (await (await fetch('./events.json')).json()) as PlainData;
const timeline = new Timeline(document.getElementById('timeline')!, new DataSet(data.items), {
  height: '100%',
  start: data.window.start,
  end: data.window.end,
  zoomMin: 60 * 60 * 1000,
  zoomMax: 200 * 365.25 * 864e5,
  orientation: { axis: 'bottom', item: 'bottom' },
  showCurrentTime: false,
  verticalScroll: true,
});
// The bench reads the window to check its scripted zoom covers one day to 20 years.
(window as unknown as { benchTimeline: Timeline }).benchTimeline = timeline;
