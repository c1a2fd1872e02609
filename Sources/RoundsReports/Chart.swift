/// A bar chart's geometry, worked out here and drawn as SVG by the `chart` template.
///
/// Each bar has its label on a line above it, so long statements stay legible in print; the
/// value is written at the bar's end. Coordinates are SVG user units in a 640-wide view box.
struct ChartView {
    /// One bar.
    struct Bar {
        let label: String
        let valueText: String
        let labelY: Int
        let barY: Int
        let barWidth: Int
        let valueX: Int
        let valueY: Int
    }

    let id: String
    let title: String
    let description: String
    let categoryHeader: String
    let valueHeader: String
    let width = 640
    let height: Int
    let barX = 0
    let barHeight = 16
    let bars: [Bar]

    /// Room for the value after the longest bar.
    static let barArea = 500
    static let rowHeight = 40

    /// A chart of `values` (label, value, text), scaled so `maximum` fills the bar area.
    init(
        id: String, title: String, description: String, categoryHeader: String,
        valueHeader: String, values: [(String, Double, String)], maximum: Double
    ) {
        self.id = id
        self.title = title
        self.description = description
        self.categoryHeader = categoryHeader
        self.valueHeader = valueHeader
        let scale = maximum > 0 ? Double(ChartView.barArea) / maximum : 0
        self.bars = values.enumerated().map { index, item in
            let top = index * ChartView.rowHeight
            let width = max(Int((item.1 * scale).rounded()), item.1 > 0 ? 1 : 0)
            return Bar(
                label: item.0, valueText: item.2, labelY: top + 14, barY: top + 20,
                barWidth: width, valueX: width + 6, valueY: top + 33)
        }
        self.height = max(values.count * ChartView.rowHeight, ChartView.rowHeight)
    }
}

/// A column chart over time (one column per Round), drawn by the `columns` template.
struct ColumnChartView {
    /// One column.
    struct Column {
        let label: String
        let axisLabel: String
        let valueText: String
        let x: Int
        let y: Int
        let columnWidth: Int
        let columnHeight: Int
        let labelX: Int
        let valueY: Int
    }

    let id: String
    let title: String
    let description: String
    let categoryHeader: String
    let valueHeader: String
    let width = 640
    let height = 220
    let baseline = 180
    let axisLabelY = 198
    let columns: [Column]

    /// Columns of `values` (label, short axis label, value, text) scaled to `maximum`.
    init(
        id: String, title: String, description: String, categoryHeader: String,
        valueHeader: String, values: [(String, String, Double, String)], maximum: Double
    ) {
        self.id = id
        self.title = title
        self.description = description
        self.categoryHeader = categoryHeader
        self.valueHeader = valueHeader
        let plotHeight = 150.0
        let slot = values.isEmpty ? 640 : max(640 / values.count, 4)
        // Axis labels for at most about twelve columns, so they never overlap.
        let every = max(1, Int((Double(values.count) / 12).rounded(.up)))
        self.columns = values.enumerated().map { index, item in
            let height = maximum > 0 ? Int((item.2 / maximum * plotHeight).rounded()) : 0
            let x = index * slot + slot / 8
            let width = max(slot * 3 / 4, 2)
            return Column(
                label: item.0, axisLabel: index % every == 0 ? item.1 : "",
                valueText: values.count <= 24 ? item.3 : "", x: x, y: 180 - height,
                columnWidth: width, columnHeight: height, labelX: x + width / 2,
                valueY: 180 - height - 4)
        }
    }
}
