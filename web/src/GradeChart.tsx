import {
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from "chart.js";
import { useEffect, useRef } from "react";
import { formatDate, humanise } from "./links.ts";

Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Tooltip, Legend);

const GRADES = ["INADEQUATE", "REQUIRES_IMPROVEMENT", "GOOD", "OUTSTANDING"];
const COLOURS = ["#1d70b8", "#00703c", "#d4351c", "#4c2c92", "#f47738", "#28a197", "#6f777b"];

/** The grade a point of the chart stands for (1 Inadequate … 4 Outstanding). */
const gradeName = (value: number) => humanise(GRADES[value - 1] ?? "");

export interface GradedVisit {
  id: string;
  startDate: string | null;
  judgements: Array<{ area: string; grade: string }>;
}

/**
 * The grades of an authority's visits over time, one line per judgement area, Inadequate at the bottom
 * and Outstanding at the top. The same grades are in the visits table beside it, for screen readers.
 */
export function GradeChart(props: { visits: GradedVisit[] }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const areas = [...new Set(props.visits.flatMap((v) => v.judgements.map((j) => j.area)))];
    const chart = new Chart(canvas.current, {
      type: "line",
      data: {
        labels: props.visits.map((v) => formatDate(v.startDate)),
        datasets: areas.map((area, index) => ({
          label: humanise(area),
          data: props.visits.map((v) => {
            const grade = v.judgements.find((j) => j.area === area)?.grade;
            return grade ? GRADES.indexOf(grade) + 1 : null;
          }),
          spanGaps: true,
          borderColor: COLOURS[index % COLOURS.length],
          backgroundColor: COLOURS[index % COLOURS.length],
          pointRadius: 5,
        })),
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        scales: {
          y: {
            min: 0.5,
            max: 4.5,
            // One tick per grade: with a half-step margin above and below, Chart.js would otherwise put
            // its ticks on the halves, where there is no grade to name.
            afterBuildTicks: (axis) => {
              axis.ticks = GRADES.map((_, index) => ({ value: index + 1 }));
            },
            ticks: { callback: (value) => gradeName(Number(value)) },
          },
        },
        plugins: {
          tooltip: {
            callbacks: { label: (item) => `${item.dataset.label ?? ""}: ${gradeName(item.parsed.y ?? 0)}` },
          },
        },
      },
    });
    return () => chart.destroy();
  }, [props.visits]);
  return (
    <div className="explorer-chart" role="img" aria-label="Grades of each visit over time">
      <canvas ref={canvas} />
    </div>
  );
}
