/** Placeholder replaced by the metrics and churn view. */
export function MetricsPanel() {
  return null;
}
