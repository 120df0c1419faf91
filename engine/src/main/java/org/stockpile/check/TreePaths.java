package org.stockpile.check;

/** Building the dotted paths used in problems: {@code materials.x.sources[1].share}. */
public final class TreePaths {
  private TreePaths() {
  }

  public static String key(String parent, String key) {
    return parent.isEmpty() ? key : parent + "." + key;
  }

  public static String index(String parent, int index) {
    return parent + "[" + index + "]";
  }

  /** True if {@code path} is {@code prefix} or lies inside it (or the other way round). */
  public static boolean related(String a, String b) {
    return within(a, b) || within(b, a);
  }

  /** True if {@code path} is {@code prefix} or lies inside it. */
  public static boolean within(String path, String prefix) {
    if (prefix.isEmpty() || path.equals(prefix)) {
      return true;
    }
    return path.startsWith(prefix) && (path.charAt(prefix.length()) == '.' || path.charAt(prefix.length()) == '[');
  }
}
