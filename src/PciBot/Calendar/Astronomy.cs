namespace PciBot.Calendar;

// Low-precision solar and lunar positions after Meeus, Astronomical Algorithms (2nd ed.), chapters 10, 25 and 49.
// Accurate to about a minute for new moons and a quarter of an hour for solar terms between 1900 and 2200,
// which is what a calendar needs: only events within minutes of local midnight are at risk.
internal static class Astronomy
{
    public const double MeanSynodicMonth = 29.530588861;

    private const double J2000 = 2451545.0;
    private const double FirstNewMoonOf2000 = 2451550.09766;
    private const double SecondsPerDay = 86400.0;
    private const double DaysPerJulianYear = 365.25;

    // Julian day (UT) of the new moon with lunation number k; lunation 0 is the new moon of 6 January 2000.
    public static double NewMoon(int k)
    {
        var t = k / 1236.85;
        var t2 = t * t;
        var t3 = t2 * t;
        var t4 = t3 * t;

        var jde = FirstNewMoonOf2000 + (MeanSynodicMonth * k) + (0.00015437 * t2) - (0.000000150 * t3) + (0.00000000073 * t4);

        var e = 1 - (0.002516 * t) - (0.0000074 * t2);
        var m = Radians(2.5534 + (29.10535670 * k) - (0.0000014 * t2) - (0.00000011 * t3));
        var mp = Radians(201.5643 + (385.81693528 * k) + (0.0107582 * t2) + (0.00001238 * t3) - (0.000000058 * t4));
        var f = Radians(160.7108 + (390.67050284 * k) - (0.0016118 * t2) - (0.00000227 * t3) + (0.000000011 * t4));
        var omega = Radians(124.7746 - (1.56375588 * k) + (0.0020672 * t2) + (0.00000215 * t3));

        var periodic =
            (-0.40720 * Math.Sin(mp))
            + (0.17241 * e * Math.Sin(m))
            + (0.01608 * Math.Sin(2 * mp))
            + (0.01039 * Math.Sin(2 * f))
            + (0.00739 * e * Math.Sin(mp - m))
            - (0.00514 * e * Math.Sin(mp + m))
            + (0.00208 * e * e * Math.Sin(2 * m))
            - (0.00111 * Math.Sin(mp - (2 * f)))
            - (0.00057 * Math.Sin(mp + (2 * f)))
            + (0.00056 * e * Math.Sin((2 * mp) + m))
            - (0.00042 * Math.Sin(3 * mp))
            + (0.00042 * e * Math.Sin(m + (2 * f)))
            + (0.00038 * e * Math.Sin(m - (2 * f)))
            - (0.00024 * e * Math.Sin((2 * mp) - m))
            - (0.00017 * Math.Sin(omega))
            - (0.00007 * Math.Sin(mp + (2 * m)))
            + (0.00004 * Math.Sin((2 * mp) - (2 * f)))
            + (0.00004 * Math.Sin(3 * m))
            + (0.00003 * Math.Sin(mp + m - (2 * f)))
            + (0.00003 * Math.Sin((2 * mp) + (2 * f)))
            - (0.00003 * Math.Sin(mp + m + (2 * f)))
            + (0.00003 * Math.Sin(mp - m + (2 * f)))
            - (0.00002 * Math.Sin(mp - m - (2 * f)))
            - (0.00002 * Math.Sin((3 * mp) + m))
            + (0.00002 * Math.Sin(4 * mp));

        var planetary =
            (0.000325 * SinDegrees(299.77 + (0.107408 * k) - (0.009173 * t2)))
            + (0.000165 * SinDegrees(251.88 + (0.016321 * k)))
            + (0.000164 * SinDegrees(251.83 + (26.651886 * k)))
            + (0.000126 * SinDegrees(349.42 + (36.412478 * k)))
            + (0.000110 * SinDegrees(84.66 + (18.206239 * k)))
            + (0.000062 * SinDegrees(141.74 + (53.303771 * k)))
            + (0.000060 * SinDegrees(207.14 + (2.453732 * k)))
            + (0.000056 * SinDegrees(154.84 + (7.306860 * k)))
            + (0.000047 * SinDegrees(34.52 + (27.261239 * k)))
            + (0.000042 * SinDegrees(207.19 + (0.121824 * k)))
            + (0.000040 * SinDegrees(291.34 + (1.844379 * k)))
            + (0.000037 * SinDegrees(161.72 + (24.198154 * k)))
            + (0.000035 * SinDegrees(239.56 + (25.513099 * k)))
            + (0.000023 * SinDegrees(331.55 + (3.592518 * k)));

        var dynamicalTime = jde + periodic + planetary;
        return dynamicalTime - (DeltaTSeconds(YearOf(dynamicalTime)) / SecondsPerDay);
    }

    // Lunation number of the last mean new moon at or before the Julian day julianDay;
    // the true new moon may be up to about 14 hours away from the mean one, so callers adjust.
    public static int MeanLunationAtOrBefore(double julianDay) =>
        (int)Math.Floor((julianDay - FirstNewMoonOf2000) / MeanSynodicMonth);

    // Apparent geocentric longitude of the sun in degrees [0, 360) at the Julian day (UT) julianDay.
    public static double SunLongitude(double julianDay)
    {
        var jde = julianDay + (DeltaTSeconds(YearOf(julianDay)) / SecondsPerDay);
        var t = (jde - J2000) / 36525.0;
        var t2 = t * t;

        var meanLongitude = 280.46646 + (36000.76983 * t) + (0.0003032 * t2);
        var meanAnomaly = Radians(357.52911 + (35999.05029 * t) - (0.0001537 * t2));
        var equationOfCentre =
            ((1.914602 - (0.004817 * t) - (0.000014 * t2)) * Math.Sin(meanAnomaly))
            + ((0.019993 - (0.000101 * t)) * Math.Sin(2 * meanAnomaly))
            + (0.000289 * Math.Sin(3 * meanAnomaly));
        var ascendingNode = Radians(125.04 - (1934.136 * t));
        var apparent = meanLongitude + equationOfCentre - 0.00569 - (0.00478 * Math.Sin(ascendingNode));

        return Normalize(apparent);
    }

    // TT − UT in seconds: the polynomial fits of Espenak and Meeus (NASA, 2006) for 1860–2150 and the
    // long-term parabola of Morrison and Stephenson outside them.
    public static double DeltaTSeconds(double year)
    {
        if (year < 1860 || year >= 2150)
        {
            var u = (year - 1820) / 100;
            return -20 + (32 * u * u);
        }

        if (year < 1900)
        {
            var t = year - 1860;
            return 7.62 + (0.5737 * t) - (0.251754 * t * t) + (0.01680668 * t * t * t)
                - (0.0004473624 * Math.Pow(t, 4)) + (Math.Pow(t, 5) / 233174);
        }

        if (year < 1920)
        {
            var t = year - 1900;
            return -2.79 + (1.494119 * t) - (0.0598939 * t * t) + (0.0061966 * t * t * t) - (0.000197 * Math.Pow(t, 4));
        }

        if (year < 1941)
        {
            var t = year - 1920;
            return 21.20 + (0.84493 * t) - (0.076100 * t * t) + (0.0020936 * t * t * t);
        }

        if (year < 1961)
        {
            var t = year - 1950;
            return 29.07 + (0.407 * t) - (t * t / 233) + (t * t * t / 2547);
        }

        if (year < 1986)
        {
            var t = year - 1975;
            return 45.45 + (1.067 * t) - (t * t / 260) - (t * t * t / 718);
        }

        if (year < 2005)
        {
            var t = year - 2000;
            return 63.86 + (0.3345 * t) - (0.060374 * t * t) + (0.0017275 * t * t * t)
                + (0.000651814 * Math.Pow(t, 4)) + (0.00002373599 * Math.Pow(t, 5));
        }

        if (year < 2050)
        {
            var t = year - 2000;
            return 62.92 + (0.32217 * t) + (0.005589 * t * t);
        }

        var v = (year - 1820) / 100;
        return -20 + (32 * v * v) - (0.5628 * (2150 - year));
    }

    private static double YearOf(double julianDay) => 2000 + ((julianDay - J2000) / DaysPerJulianYear);

    private static double Radians(double degrees) => degrees * Math.PI / 180;

    private static double SinDegrees(double degrees) => Math.Sin(Radians(degrees));

    private static double Normalize(double degrees)
    {
        var reduced = degrees % 360;
        return reduced < 0 ? reduced + 360 : reduced;
    }
}
