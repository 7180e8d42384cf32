namespace PciBot.AppPackage.Icons;

/// <summary>A filled region of the plane, described by whether it contains a point.</summary>
internal sealed class Shape(Func<double, double, bool> contains)
{
    public bool Contains(double x, double y) => contains(x, y);

    /// <summary>A box from (left, top) to (right, bottom) with round corners.</summary>
    public static Shape RoundedBox(double left, double top, double right, double bottom, double radius)
    {
        var centreX = (left + right) / 2;
        var centreY = (top + bottom) / 2;
        var halfWidth = ((right - left) / 2) - radius;
        var halfHeight = ((bottom - top) / 2) - radius;
        return new Shape((x, y) =>
        {
            // Distance from the box shrunk by the radius; inside when within the radius of it.
            var dx = Math.Max(Math.Abs(x - centreX) - halfWidth, 0);
            var dy = Math.Max(Math.Abs(y - centreY) - halfHeight, 0);
            return (dx * dx) + (dy * dy) <= radius * radius;
        });
    }

    /// <summary>A line through the points, drawn with round ends and joins.</summary>
    public static Shape Stroke(double width, params (double X, double Y)[] points)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentOutOfRangeException.ThrowIfLessThan(points.Length, 2);
        var halfWidth = width / 2;
        return new Shape((x, y) =>
        {
            for (var i = 1; i < points.Length; i++)
            {
                if (DistanceToSegment(x, y, points[i - 1], points[i]) <= halfWidth)
                {
                    return true;
                }
            }

            return false;
        });
    }

    private static double DistanceToSegment(double x, double y, (double X, double Y) a, (double X, double Y) b)
    {
        var abX = b.X - a.X;
        var abY = b.Y - a.Y;
        var t = Math.Clamp((((x - a.X) * abX) + ((y - a.Y) * abY)) / ((abX * abX) + (abY * abY)), 0, 1);
        var dx = x - (a.X + (t * abX));
        var dy = y - (a.Y + (t * abY));
        return Math.Sqrt((dx * dx) + (dy * dy));
    }
}
