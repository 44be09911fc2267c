import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites the signed jars of the command line's class path without their signature files.
 * The JVM leaves signed jars out of its class-data cache, and Xtext's and EMF's jars on Maven
 * Central are signed; unsigned, the start-up cache that ./journey makes holds them too. Outside
 * OSGi nothing checks those signatures. Run by the build: java StripJarSignatures.java FOLDER
 */
public class StripJarSignatures {

	/** Signature files sit directly in META-INF; the manifest's digests stay, unread without them. */
	private static final Pattern SIGNATURE = Pattern.compile("META-INF/[^/]+\\.(SF|RSA|DSA|EC)", Pattern.CASE_INSENSITIVE);

	public static void main(String[] args) throws IOException {
		int rewritten = 0;
		try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of(args[0]), "*.jar")) {
			for (Path jar : jars) {
				if (strip(jar)) {
					rewritten++;
				}
			}
		}
		System.out.println("StripJarSignatures: " + rewritten + " signed jar(s) in " + args[0] + " rewritten without signatures");
	}

	private static boolean strip(Path jar) throws IOException {
		try (ZipFile zip = new ZipFile(jar.toFile())) {
			if (zip.stream().noneMatch(entry -> SIGNATURE.matcher(entry.getName()).matches())) {
				return false;
			}
			Path copy = Files.createTempFile(jar.getParent(), jar.getFileName().toString(), ".tmp");
			try (OutputStream file = Files.newOutputStream(copy); ZipOutputStream out = new ZipOutputStream(file)) {
				for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
					ZipEntry entry = entries.nextElement();
					if (SIGNATURE.matcher(entry.getName()).matches()) {
						continue;
					}
					ZipEntry kept = new ZipEntry(entry.getName());
					kept.setTime(entry.getTime());
					out.putNextEntry(kept);
					try (InputStream in = zip.getInputStream(entry)) {
						in.transferTo(out);
					}
					out.closeEntry();
				}
			} catch (IOException | RuntimeException e) {
				Files.deleteIfExists(copy);
				throw e;
			}
			Files.move(copy, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			return true;
		}
	}
}
