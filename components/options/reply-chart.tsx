import { useEffect, useRef } from 'preact/hooks';
import type uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface ReplyChartProps {
  /** What the chart shows, in one sentence: the canvas's accessible name (the data is also in a table). */
  label: string;
  /** Builds uPlot's options for a width; called again when the chart is resized. */
  options: (width: number) => uPlot.Options;
  data: uPlot.AlignedData;
}

/**
 * A uPlot chart (canvas, no eval, fits the extension's CSP). uPlot is loaded when the first chart mounts, so the
 * options page opens without it; a browser without canvas (a test DOM) simply shows no chart, and the table that
 * goes with every chart still carries the figures.
 */
export function ReplyChart({ label, options, data }: ReplyChartProps) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    let chart: uPlot | undefined;
    let cancelled = false;
    const draw = async () => {
      const { default: UPlot } = await import('uplot');
      if (cancelled) return;
      chart?.destroy();
      chart = undefined;
      try {
        chart = new UPlot(options(Math.max(280, element.clientWidth)), data, element);
      } catch {
        // No 2D canvas here: the table below the chart has the same figures.
      }
    };
    void draw();
    const observer = new ResizeObserver(() => chart?.setSize({ width: Math.max(280, element.clientWidth), height: chart.height }));
    observer.observe(element);
    return () => {
      cancelled = true;
      observer.disconnect();
      chart?.destroy();
    };
  }, [options, data]);
  return <div class="rw-chart" ref={box} role="img" aria-label={label} />;
}
