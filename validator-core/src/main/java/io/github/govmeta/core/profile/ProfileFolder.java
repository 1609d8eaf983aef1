package io.github.govmeta.core.profile;

import java.io.InputStream;

/** The files of a profile: a folder on the classpath or on disk. */
public interface ProfileFolder {
    /**
     * @throws ProfileException when there is no such file
     */
    InputStream open(String file);

    boolean exists(String file);

    /** The file's name as shown in messages. */
    String describe(String file);
}
