package br.com.patritech.exchange;

/**
 * An import job ended (published after its last batch committed). Notifications tell the user who started it.
 *
 * @param jobId    the import job
 * @param userId   who started it
 * @param fileName the uploaded file's name
 * @param imported rows that went in
 * @param rejected rows refused (offered back as a file to fix)
 */
public record ImportFinished(long jobId, long userId, String fileName, int imported, int rejected) {
}
